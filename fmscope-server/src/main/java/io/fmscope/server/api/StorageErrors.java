package io.fmscope.server.api;

import io.fmscope.storage.StorageException;

/** Storage failures as API errors, for the cases a service did not translate itself. */
final class StorageErrors {
    private StorageErrors() {
    }

    static ApiException map(StorageException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> ApiException.notFound("The specified resource does not exist: " + e.getMessage());
            case ALREADY_EXISTS -> ApiException.alreadyExists("The specified resource already exists: " + e.getMessage());
            case RETRYABLE, OVER_CAPACITY -> ApiException.unavailable("The service cannot complete the request: "
                    + e.getMessage());
            case PERMANENT -> ApiException.unavailable("Storage failure: " + e.getMessage());
        };
    }
}
