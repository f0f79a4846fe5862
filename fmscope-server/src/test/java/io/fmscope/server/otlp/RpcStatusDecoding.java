package io.fmscope.server.otlp;

import com.google.protobuf.CodedInputStream;
import java.io.IOException;

/** Reads the message of a google.rpc.Status with protobuf's own reader (field 2, a string). */
final class RpcStatusDecoding {
    private RpcStatusDecoding() {
    }

    static String message(byte[] status) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(status);
        for (int tag; (tag = in.readTag()) != 0; ) {
            if (tag >>> 3 == 2) {
                return in.readString();
            }
            in.skipField(tag);
        }
        return "";
    }
}
