package dev.bobsync.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mail alerts against a real SMTP server (GreenMail) running in the test, and bad servers. */
class MailChannelTest {
  static final Duration SHORT = Duration.ofMillis(700);
  GreenMail smtp;

  @BeforeEach
  void start() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    smtp.setUser("alerts@acme.example", "alerts", "right-password");
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  SmtpServer server(String password) {
    return new SmtpServer(
        "localhost",
        smtp.getSmtp().getPort(),
        "alerts",
        password,
        "none",
        "alerts@acme.example",
        SHORT);
  }

  @Test
  void sendsThePlainTextAlertToEveryRecipientThroughTheSmtpServer() throws Exception {
    new MailChannel(server("right-password"), List.of("hr@acme.example", "it@acme.example"))
        .send(new Alert("bobsync \"acme\": 1 person newly failed", "- Ana Lima: Failed"));

    MimeMessage[] got = smtp.getReceivedMessages();
    assertThat(got).hasSize(2);
    assertThat(got[0].getSubject()).isEqualTo("bobsync \"acme\": 1 person newly failed");
    assertThat(((String) got[0].getContent()).strip()).isEqualTo("- Ana Lima: Failed");
    assertThat(got[0].getFrom()[0].toString()).isEqualTo("alerts@acme.example");
  }

  @Test
  void aRefusedPasswordIsAFailureNotWorthRetrying() {
    MailChannel channel = new MailChannel(server("wrong-password"), List.of("hr@acme.example"));

    assertThatThrownBy(() -> channel.send(new Alert("s", "b")))
        .isInstanceOfSatisfying(
            DeliveryFailure.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).contains("refused the user name or password");
              assertThat(e.getMessage()).doesNotContain("wrong-password");
            });
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aClosedPortIsAFailureWorthRetrying() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    SmtpServer nobody =
        new SmtpServer("localhost", closed, null, null, "none", "a@b.example", SHORT);

    assertThatThrownBy(() -> new MailChannel(nobody, List.of("hr@acme.example")).send(alert()))
        .isInstanceOfSatisfying(
            DeliveryFailure.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.getMessage()).contains("could not connect").contains(":" + closed);
            });
  }

  @Test
  void aServerThatAcceptsAndNeverAnswersTimesOutWithinTheConfiguredTime() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  held.add(silent.accept());
                } catch (IOException e) {
                  // closed at the end of the test
                }
              });
      acceptor.start();
      SmtpServer mute =
          new SmtpServer(
              "localhost", silent.getLocalPort(), null, null, "none", "a@b.example", SHORT);
      long started = System.nanoTime();

      assertThatThrownBy(() -> new MailChannel(mute, List.of("hr@acme.example")).send(alert()))
          .isInstanceOfSatisfying(
              DeliveryFailure.class,
              e -> {
                assertThat(e.retryable()).isTrue();
                assertThat(e.getMessage()).contains("did not answer within");
              });
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }

  @Test
  void anAddressThatIsNoAddressIsRefusedWithoutContactingTheServer() {
    assertThatThrownBy(
            () ->
                new MailChannel(server("right-password"), List.of("not an address")).send(alert()))
        .isInstanceOfSatisfying(
            DeliveryFailure.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).contains("not an e-mail address");
            });
  }

  private static Alert alert() {
    return new Alert("subject", "body");
  }
}
