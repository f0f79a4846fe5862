package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRedactorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "key AKIAIOSFODNN7EXAMPLE denied|key [REDACTED] denied",
      "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY|aws_secret_access_key=[REDACTED]",
      "password: hunter2 ok|password: [REDACTED] ok",
      "{\"api_key\": \"abc123def\"}|{\"api_key\": \"[REDACTED]\"}",
      "Authorization: Bearer abc.def.ghi12345|Authorization: Bearer [REDACTED]",
      "use sk-ant-api03-AbCdEfGhIjKlMnOpQrSt now|use [REDACTED] now",
      "token ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa x|token [REDACTED] x",
      "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end|jwt [REDACTED] end",
      "https://bob:s3cret@db.example.com/x|https://bob:[REDACTED]@db.example.com/x"})
  void redactsCredentials(String in, String out) {
    assertThat(SecretRedactor.redact(in)).isEqualTo(out);
  }

  @Test
  void redactsPemPrivateKeys() {
    String pem = "k=-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY----- done";
    assertThat(SecretRedactor.redact(pem)).isEqualTo("k=[REDACTED] done");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "ThrottlingException: Rate exceeded",
      "Unable to load credentials from any of the providers in the chain",
      "max_tokens=4096 exceeds the model limit",
      "ValidationException: prompt_token_count too large",
      "短い"})
  void leavesOrdinaryErrorMessagesAlone(String text) {
    assertThat(SecretRedactor.redact(text)).isSameAs(text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"apiKey,true", "x-api-key,true", "Authorization,true", "db.password,true",
      "session_token,true", "token,true", "max_tokens,false", "prompt_token_count,false",
      "feature,false", "keyword,false"})
  void recognisesCredentialKeyNames(String key, boolean secret) {
    assertThat(SecretRedactor.isSecretKeyName(key)).isEqualTo(secret);
    assertThat(SecretRedactor.isSecretKeyNameRepeated(key)).isEqualTo(secret);
  }
}
