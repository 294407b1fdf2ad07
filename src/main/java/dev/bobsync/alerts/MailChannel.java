package dev.bobsync.alerts;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/** Sends alerts by e-mail through an SMTP server (Jakarta Mail, implemented by Eclipse Angus). */
public final class MailChannel implements AlertChannel {
  private final SmtpServer server;
  private final List<String> recipients;

  public MailChannel(SmtpServer server, List<String> recipients) {
    this.server = Objects.requireNonNull(server, "server");
    this.recipients = List.copyOf(recipients);
  }

  @Override
  public String kind() {
    return "email";
  }

  @Override
  public String target() {
    return String.join(", ", recipients) + " via " + server.host() + ":" + server.port();
  }

  @Override
  public void send(Alert alert) throws DeliveryFailure {
    Session session = Session.getInstance(properties());
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(server.from(), true));
      for (String to : recipients) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      }
      message.setSubject(alert.subject(), "UTF-8");
      message.setText(alert.body(), "UTF-8");
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect(server.host(), server.port(), server.user(), server.password());
        transport.sendMessage(message, message.getAllRecipients());
      }
    } catch (AddressException e) {
      throw new DeliveryFailure("not an e-mail address: " + e.getRef(), false, null);
    } catch (MessagingException e) {
      throw classify(e);
    }
  }

  private Properties properties() {
    String millis = String.valueOf(server.timeout().toMillis());
    Properties p = new Properties();
    p.put("mail.smtp.host", server.host());
    p.put("mail.smtp.port", String.valueOf(server.port()));
    p.put("mail.smtp.auth", String.valueOf(server.user() != null));
    p.put("mail.smtp.connectiontimeout", millis);
    p.put("mail.smtp.timeout", millis);
    p.put("mail.smtp.writetimeout", millis);
    switch (server.security()) {
      case "ssl" -> {
        p.put("mail.smtp.ssl.enable", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case "starttls" -> {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      default -> {}
    }
    return p;
  }

  /** The reason in words, and whether trying again may help. */
  private DeliveryFailure classify(MessagingException e) {
    String at = server.host() + ":" + server.port();
    if (e instanceof AuthenticationFailedException) {
      return new DeliveryFailure(
          "the SMTP server " + at + " refused the user name or password", false, null);
    }
    if (e instanceof SMTPSendFailedException failed) {
      int code = failed.getReturnCode();
      return new DeliveryFailure(
          "the SMTP server " + at + " refused the message (" + code + " " + reply(failed) + ")",
          code >= 400 && code < 500,
          null);
    }
    if (e instanceof SendFailedException) {
      return new DeliveryFailure(
          "the SMTP server " + at + " refused the recipients: " + e.getMessage(), false, null);
    }
    if (has(e, SocketTimeoutException.class)) {
      return new DeliveryFailure(
          "the SMTP server " + at + " did not answer within " + Waits.words(server.timeout()),
          true,
          null);
    }
    if (has(e, UnknownHostException.class)) {
      return new DeliveryFailure("no such SMTP host: " + server.host(), false, null);
    }
    if (has(e, ConnectException.class)) {
      return new DeliveryFailure("could not connect to the SMTP server " + at, true, null);
    }
    return new DeliveryFailure("SMTP " + at + ": " + e.getMessage(), true, null);
  }

  private static String reply(SMTPSendFailedException e) {
    String m = e.getMessage() == null ? "" : e.getMessage().strip();
    return m.length() > 200 ? m.substring(0, 200) : m;
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
