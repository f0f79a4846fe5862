package io.fmscope.incidents.diagnose;

import java.util.LinkedHashSet;
import java.util.Set;

/** What the failed calls of one cause declared: categories and error types (bounded), sessions and models. */
final class CauseDetails {
    private static final int MAX_VALUES = 20;
    private static final int MAX_SESSIONS = 100_000;
    final Set<String> declaredCategories = new LinkedHashSet<>();
    final Set<String> types = new LinkedHashSet<>();
    final Set<String> sessions = new java.util.HashSet<>();
    final Set<String> models = new LinkedHashSet<>();
    boolean undeclared;
    /** The first failed call's error, for the classifier and the assistant prompt. */
    String type, code, message, service, model, requestId;

    void first(String type, String code, String message, String service, String model, String requestId) {
        if (this.message != null || this.type != null) return;
        this.type = type;
        this.code = code;
        this.message = message;
        this.service = service;
        this.model = model;
        this.requestId = requestId;
    }

    void add(String declared, String type, String session, String model) {
        if (declared == null || declared.isBlank()) undeclared = true;
        else if (declaredCategories.size() < MAX_VALUES) declaredCategories.add(declared);
        if (type != null && !type.isBlank() && types.size() < MAX_VALUES) types.add(type);
        if (session != null && sessions.size() < MAX_SESSIONS) sessions.add(session);
        if (model != null && models.size() < MAX_VALUES) models.add(model);
    }

    /** True when every failed call of the cause declared exactly {@code category}. */
    boolean allDeclared(String category) {
        return !undeclared && declaredCategories.size() == 1 && declaredCategories.contains(category);
    }
}
