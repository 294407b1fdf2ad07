package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.Responses;
import dev.bobsync.emulator.hibob.RateLimits.Bucket;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Field metadata, custom fields and named lists ({@code /v1/company/...}). */
final class MetadataRoutes {
  static final String MANAGE_FIELDS = "manageEmployeeFieldSettings";
  static final String EDIT_LISTS = "editAllLists";

  private final LiveCompany company;
  private final Replies replies;
  private final Faults faults;
  private final Supplier<AnswerShapes> shapes;

  MetadataRoutes(
      LiveCompany company, Replies replies, Faults faults, Supplier<AnswerShapes> shapes) {
    this.company = company;
    this.replies = replies;
    this.faults = faults;
    this.shapes = shapes;
  }

  void register(ApiRoutes api) {
    api.get("/v1/company/people/fields", Bucket.READ, this::fields);
    api.post("/v1/company/people/fields", Bucket.WRITE, this::createField);
    api.get("/v1/company/named-lists", Bucket.READ, this::lists);
    api.get("/v1/company/named-lists/{listName}", Bucket.READ, this::list);
    api.post("/v1/company/named-lists/{listName}", Bucket.WRITE, this::addItem);
  }

  /**
   * Every field, custom ones included, as a bare array or {@code {"fields": [...]}}, the section as
   * {@code category}, {@code categoryId} or both; needs no section permission.
   */
  private void fields(Context ctx, Caller caller) {
    CompanySnapshot s = company.snapshot();
    AnswerShapes shape = shapes.get();
    boolean category = shape.fieldCategory() != AnswerShapes.FieldCategory.CATEGORY_ID;
    boolean categoryId = shape.fieldCategory() != AnswerShapes.FieldCategory.CATEGORY;
    List<Map<String, Object>> out = new ArrayList<>();
    for (Field f : s.fields().all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.id());
      m.put("name", f.name());
      if (category) {
        m.put("category", f.categoryId());
      }
      if (categoryId) {
        m.put("categoryId", f.categoryId());
      }
      m.put("categoryDisplayName", s.sectionName(f.categoryId()));
      m.put("description", f.description());
      m.put("historical", f.historical());
      m.put("jsonPath", f.jsonPath());
      m.put("type", f.type());
      m.put("typeData", f.listId() == null ? Map.of() : Map.of("listId", f.listId()));
      out.add(m);
    }
    replies.json(
        ctx,
        200,
        shape.fieldList() == AnswerShapes.FieldList.WRAPPED ? Map.of("fields", out) : out);
  }

  private void createField(Context ctx, Caller caller) {
    requireFeature(caller, MANAGE_FIELDS, "Manage Employee Field Settings");
    JsonNode body = replies.body(ctx);
    if (!body.isObject()) {
      throw ApiError.badRequest("exception.bad.request", "the request body must be a JSON object");
    }
    String id = company.createCustomField(body);
    if (faults.takeDrop()) {
      Responses.dropConnection(ctx);
      return;
    }
    replies.json(ctx, 200, Map.of("id", id));
  }

  private void lists(Context ctx, Caller caller) {
    boolean archived = includeArchived(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    company.snapshot().lists().all().forEach(l -> out.put(l.name(), listJson(l, archived)));
    replies.json(ctx, 200, out);
  }

  private void list(Context ctx, Caller caller) {
    String name = ctx.pathParam("listName");
    NamedList list = company.snapshot().lists().get(name).orElseThrow(() -> listNotFound(name));
    replies.json(ctx, 200, listJson(list, includeArchived(ctx)));
  }

  private void addItem(Context ctx, Caller caller) {
    requireFeature(caller, EDIT_LISTS, "Edit all lists");
    String listName = ctx.pathParam("listName");
    if (company.snapshot().lists().get(listName).isEmpty()) {
      throw listNotFound(listName);
    }
    JsonNode body = replies.body(ctx);
    String name = body.path("name").asText("").trim();
    if (name.isEmpty()) {
      throw ApiError.badRequest("exception.bad.request", "name is required");
    }
    String id = company.addListItem(listName, name, body.path("parentId").asText(null));
    if (faults.takeDrop()) {
      Responses.dropConnection(ctx);
      return;
    }
    replies.json(ctx, 200, Map.of("id", id));
  }

  private static Map<String, Object> listJson(NamedList list, boolean includeArchived) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", list.name());
    m.put("items", items(list, null, includeArchived));
    return m;
  }

  private static List<Map<String, Object>> items(NamedList list, String parent, boolean archived) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ListItem item : list.items()) {
      boolean child = parent == null ? item.parentId() == null : parent.equals(item.parentId());
      if (!child || (item.archived() && !archived)) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", item.id());
      m.put("name", item.name());
      m.put("archived", item.archived());
      m.put("children", items(list, item.id(), archived));
      out.add(m);
    }
    return out;
  }

  private static boolean includeArchived(Context ctx) {
    return "true".equalsIgnoreCase(ctx.queryParam("includeArchived"));
  }

  private static void requireFeature(Caller caller, String feature, String label) {
    if (!caller.group().hasFeature(feature)) {
      throw ApiError.forbidden("The permission group lacks the feature '" + label + "'");
    }
  }

  private static ApiError listNotFound(String name) {
    return ApiError.notFound("exception.list.not.found", "No list named " + name);
  }
}
