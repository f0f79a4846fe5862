package io.fmscope.server.api;

/**
 * One API operation: decodes its request from the JSON body, calls one service, returns the response
 * object (a record or map Jackson can write; null for operations without output).
 */
@FunctionalInterface
public interface Operation {

    Object handle(RequestBody request);
}
