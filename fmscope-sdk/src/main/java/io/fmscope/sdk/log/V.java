package io.fmscope.sdk.log;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.fmscope.model.fmcall.ErrorSeverity;
import io.fmscope.model.fmcall.FmCallStatus;

/** Constant string values (log type, enum names), quoted once like the names in {@link N}. */
final class V {
  static final SerializableString FM_CALL = new SerializedString("FM_CALL");
  private static final SerializableString[] STATUS = encode(FmCallStatus.values());
  private static final SerializableString[] SEVERITY = encode(ErrorSeverity.values());

  private V() {}

  static SerializableString status(FmCallStatus s) {
    return STATUS[s.ordinal()];
  }

  static SerializableString severity(ErrorSeverity s) {
    return SEVERITY[s.ordinal()];
  }

  private static SerializableString[] encode(Enum<?>[] values) {
    SerializableString[] out = new SerializableString[values.length];
    for (Enum<?> v : values) {
      out[v.ordinal()] = new SerializedString(v.name());
    }
    return out;
  }
}
