package io.fmscope.server.logs;

import io.fmscope.server.api.ApiException;
import io.fmscope.storage.StorageException;

/** CloudWatch's own wording for missing and duplicate resources. */
final class Messages {
    private Messages() {
    }

    static ApiException groupMissing() {
        return ApiException.notFound("The specified log group does not exist.");
    }

    static ApiException streamMissing() {
        return ApiException.notFound("The specified log stream does not exist.");
    }

    /** Translates a storage NOT_FOUND / ALREADY_EXISTS about groups or streams. */
    static RuntimeException translate(StorageException e, boolean aboutStream) {
        return switch (e.kind()) {
            case NOT_FOUND -> e.getMessage().startsWith("log stream") ? streamMissing() : groupMissing();
            case ALREADY_EXISTS -> ApiException.alreadyExists(aboutStream
                    ? "The specified log stream already exists" : "The specified log group already exists");
            default -> e;
        };
    }
}
