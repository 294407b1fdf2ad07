package dev.bobsync.emulator.hibob;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a company holds at one moment. Immutable: readers take one snapshot and see a
 * consistent company however long they stream; writers publish a new one.
 */
record CompanySnapshot(
    long companyId,
    String companyName,
    Map<String, String> sectionNames,
    Access access,
    FieldCatalogue fields,
    NamedLists lists,
    People people,
    Tables tables,
    TimeOffBook timeOff,
    List<String> policyTypes) {

  CompanySnapshot {
    sectionNames = Collections.unmodifiableMap(new LinkedHashMap<>(sectionNames));
    policyTypes = List.copyOf(policyTypes);
  }

  /** A section's display name: renamed, default, or its id for a custom section without one. */
  String sectionName(String categoryId) {
    return sectionNames.getOrDefault(categoryId, categoryId);
  }

  boolean hasCategory(String categoryId) {
    return sectionNames.containsKey(categoryId) || fields.hasCategory(categoryId);
  }

  CompanySnapshot withSectionName(String categoryId, String name) {
    Map<String, String> next = new LinkedHashMap<>(sectionNames);
    next.put(categoryId, name);
    return new CompanySnapshot(
        companyId, companyName, next, access, fields, lists, people, tables, timeOff, policyTypes);
  }

  CompanySnapshot withAccess(Access next) {
    return new CompanySnapshot(
        companyId,
        companyName,
        sectionNames,
        next,
        fields,
        lists,
        people,
        tables,
        timeOff,
        policyTypes);
  }

  CompanySnapshot withFields(FieldCatalogue nextFields, NamedLists nextLists) {
    return new CompanySnapshot(
        companyId,
        companyName,
        sectionNames,
        access,
        nextFields,
        nextLists,
        people,
        tables,
        timeOff,
        policyTypes);
  }

  CompanySnapshot withLists(NamedLists next) {
    return withFields(fields, next);
  }

  CompanySnapshot withPeople(People nextPeople, Tables nextTables, NamedLists nextLists) {
    return new CompanySnapshot(
        companyId,
        companyName,
        sectionNames,
        access,
        fields,
        nextLists,
        nextPeople,
        nextTables,
        timeOff,
        policyTypes);
  }

  CompanySnapshot withTimeOff(TimeOffBook next) {
    return new CompanySnapshot(
        companyId,
        companyName,
        sectionNames,
        access,
        fields,
        lists,
        people,
        tables,
        next,
        policyTypes);
  }
}
