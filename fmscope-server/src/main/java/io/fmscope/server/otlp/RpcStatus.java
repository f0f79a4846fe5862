package io.fmscope.server.otlp;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;

/**
 * The {@code google.rpc.Status} body OTLP failures carry ({@code code}, {@code message}; no details). The
 * message type is described here with protobuf's descriptor API rather than pulling in common-protos.
 */
final class RpcStatus {
    private static final Descriptors.Descriptor STATUS = descriptor();

    private RpcStatus() {
    }

    /** Protobuf bytes of Status{code, message}; code is the gRPC code (3 INVALID_ARGUMENT, 8 RESOURCE_EXHAUSTED). */
    static byte[] protobuf(int code, String message) {
        return DynamicMessage.newBuilder(STATUS)
                .setField(STATUS.findFieldByName("code"), code)
                .setField(STATUS.findFieldByName("message"), message)
                .build().toByteArray();
    }

    private static Descriptors.Descriptor descriptor() {
        DescriptorProto status = DescriptorProto.newBuilder().setName("Status")
                .addField(FieldDescriptorProto.newBuilder().setName("code").setNumber(1)
                        .setType(FieldDescriptorProto.Type.TYPE_INT32))
                .addField(FieldDescriptorProto.newBuilder().setName("message").setNumber(2)
                        .setType(FieldDescriptorProto.Type.TYPE_STRING))
                .build();
        FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("google/rpc/status.proto")
                .setPackage("google.rpc").setSyntax("proto3").addMessageType(status).build();
        try {
            return Descriptors.FileDescriptor.buildFrom(file, new Descriptors.FileDescriptor[0])
                    .findMessageTypeByName("Status");
        } catch (Descriptors.DescriptorValidationException e) {
            throw new IllegalStateException(e);
        }
    }
}
