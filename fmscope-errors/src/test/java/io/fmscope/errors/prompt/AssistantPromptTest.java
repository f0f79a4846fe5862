package io.fmscope.errors.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssistantPromptTest {
    private final PatternMatch match = new PatternMatch(ErrorCatalog.builtIn().find("EP-025").orElseThrow(), 0.98,
            "error_code:AccessDeniedException", List.of("error_code:AccessDeniedException"));

    @Test
    void secretsAreRedactedBeforeTheMessageLeaves() {
        var input = ErrorInput.of("AccessDenied for AKIAIOSFODNN7EXAMPLE with aws_secret_access_key=wJalrXUtnFEMI/K7MDENG "
                + "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload user dev@example.com");

        String prompt = AssistantPrompt.render(match, input, null);

        assertThat(prompt).doesNotContain("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI", "eyJhbGciOiJIUzI1NiJ9", "dev@example.com")
                .contains("[REDACTED-KEY-ID]", "aws_secret_access_key=[REDACTED]", "Bearer [REDACTED]", "[REDACTED-EMAIL]");
    }

    @Test
    void longMessagesAreTruncatedAndTheSeedFieldsArePresent() {
        var input = ErrorInput.builder("is not authorized to perform: bedrock:InvokeModel " + "y".repeat(5000))
                .service("bedrock").httpStatus(403).build();

        String prompt = AssistantPrompt.render(match, input, null);

        assertThat(prompt).contains("IAM Permission Denied (EP-025)", "Category: PERMISSION", "Severity: CRITICAL, not transient",
                "HTTP status: 403", match.pattern().rootCause(), match.pattern().assistantPrompt(), "more characters]")
                .doesNotContain("Trend:");
        assertThat(prompt.length()).isLessThan(5000);
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "The security token included in the request is invalid; input_tokens=1200";

        assertThat(Redactor.redact(text)).isEqualTo(text);
    }
}
