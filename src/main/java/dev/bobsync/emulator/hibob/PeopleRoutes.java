package dev.bobsync.emulator.hibob;

import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.Responses;
import dev.bobsync.emulator.hibob.RateLimits.Bucket;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Reading people ({@code POST /v1/people/search}, {@code /v1/people/{idOrEmail}}) and PUT. */
final class PeopleRoutes {
  private final LiveCompany company;
  private final Replies replies;
  private final Faults faults;
  private final Clock clock;
  private final Supplier<AnswerShapes> shapes;

  PeopleRoutes(
      LiveCompany company,
      Replies replies,
      Faults faults,
      Clock clock,
      Supplier<AnswerShapes> shapes) {
    this.company = company;
    this.replies = replies;
    this.faults = faults;
    this.clock = clock;
    this.shapes = shapes;
  }

  void register(ApiRoutes api) {
    api.post("/v1/people/search", Bucket.SEARCH, this::search);
    api.post("/v1/people/{idOrEmail}", Bucket.READ, this::readOne);
    api.put("/v1/people/{id}", Bucket.WRITE, this::update);
  }

  private void search(Context ctx, Caller caller) throws Exception {
    CompanySnapshot s = company.snapshot();
    SearchRequest request = SearchRequest.parse(replies.body(ctx), true);
    List<Employee> people =
        s.people().all().stream()
            .filter(visibleTo(s, caller.group(), request.showInactive()))
            .filter(matching(s, request.filter()))
            .toList();
    PeopleWriter writer = writer(s, request, caller.group());
    replies.stream(ctx, g -> writer.writeSearch(g, people));
  }

  private void readOne(Context ctx, Caller caller) throws Exception {
    CompanySnapshot s = company.snapshot();
    SearchRequest request = SearchRequest.parse(replies.body(ctx), false);
    String idOrEmail = ctx.pathParam("idOrEmail");
    Employee employee =
        s.people()
            .byIdOrEmail(idOrEmail)
            .filter(visibleTo(s, caller.group(), request.showInactive()))
            .orElseThrow(() -> notFound(idOrEmail));
    PeopleWriter writer = writer(s, request, caller.group());
    replies.stream(ctx, g -> writer.writeEmployee(g, employee));
  }

  /** HiBob's PUT is a PATCH: 200 with no body when something changed, else 304. */
  private void update(Context ctx, Caller caller) {
    CompanySnapshot s = company.snapshot();
    String id = ctx.pathParam("id");
    s.people().byId(id).filter(visibleTo(s, caller.group(), true)).orElseThrow(() -> notFound(id));
    boolean changed = company.updateFromApi(id, replies.body(ctx), caller);
    if (faults.takeDrop()) {
      Responses.dropConnection(ctx);
      return;
    }
    ctx.status(changed ? 200 : 304);
  }

  /** The fields to answer: asked ones (or the default sections) the group may read. */
  static List<Field> readableFields(
      FieldCatalogue catalogue, List<String> asked, PermissionGroup group) {
    List<Field> fields = new ArrayList<>();
    fields.add(catalogue.require(StandardFields.ID));
    if (asked == null) {
      catalogue.all().stream()
          .filter(f -> !f.custom() && StandardFields.DEFAULT_CATEGORIES.contains(f.categoryId()))
          .forEach(fields::add);
    } else {
      asked.stream().map(catalogue::find).flatMap(Optional::stream).forEach(fields::add);
    }
    return fields.stream().distinct().filter(group::canRead).toList();
  }

  private PeopleWriter writer(CompanySnapshot s, SearchRequest request, PermissionGroup group) {
    List<Field> fields = readableFields(s.fields(), request.fields(), group);
    return new PeopleWriter(
        s, fields, request.humanReadable(), LocalDate.now(clock), shapes.get().people());
  }

  /** Active people; leavers too with {@code showInactive} and access rights that cover them. */
  static Predicate<Employee> visibleTo(
      CompanySnapshot s, PermissionGroup group, boolean showInactive) {
    boolean leavers = showInactive && group.coversInactive();
    return e -> leavers || s.people().isActive(e);
  }

  private static Predicate<Employee> matching(CompanySnapshot s, SearchRequest.Filter filter) {
    if (filter == null) {
      return e -> true;
    }
    if (filter.fieldPath().equals(StandardFields.ID)) {
      Set<String> ids = Set.copyOf(filter.values());
      return e -> ids.contains(e.id());
    }
    Set<String> emails = new HashSet<>();
    filter.values().forEach(v -> emails.add(v.toLowerCase(Locale.ROOT)));
    Field email = s.fields().require(StandardFields.EMAIL);
    return e -> e.text(email) != null && emails.contains(e.text(email).toLowerCase(Locale.ROOT));
  }

  private static ApiError notFound(String idOrEmail) {
    return ApiError.notFound(
        "exception.employee.not.found", "Employee " + idOrEmail + " not found");
  }
}
