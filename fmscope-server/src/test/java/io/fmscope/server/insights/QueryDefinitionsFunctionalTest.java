package io.fmscope.server.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.ServerFixture;
import io.fmscope.storage.memory.MemoryLogStore;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryDefinition;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** Put (create and replace), Describe (prefix) and Delete QueryDefinition through the SDK. */
class QueryDefinitionsFunctionalTest {
    private FmscopeServer server;
    private CloudWatchLogsClient logs;

    @BeforeEach void start() {
        server = FmscopeServer.start(ServerConfig.defaults().withPort(0), new MemoryLogStore(),
                new ReferenceInsightsEngine(), Clock.systemUTC());
        logs = ServerFixture.client(URI.create("http://127.0.0.1:" + server.port()));
    }

    @AfterEach void stop() {
        logs.close();
        server.close();
    }

    @Test void createReplaceDescribeDelete() {
        String id = logs.putQueryDefinition(b -> b.name("manga/latency").queryString("stats avg(latency) by bin(5m)")
                .logGroupNames("/manga")).queryDefinitionId();
        logs.putQueryDefinition(b -> b.name("other").queryString("fields @message"));
        QueryDefinition d = logs.describeQueryDefinitions(b -> b.queryDefinitionNamePrefix("manga/"))
                .queryDefinitions().get(0);
        assertThat(d.queryDefinitionId()).isEqualTo(id);
        assertThat(d.logGroupNames()).containsExactly("/manga");
        assertThat(d.lastModified()).isPositive();
        logs.putQueryDefinition(b -> b.queryDefinitionId(id).name("manga/latency").queryString("fields @timestamp"));
        QueryDefinition replaced = logs.describeQueryDefinitions(b -> b.queryDefinitionNamePrefix("manga/"))
                .queryDefinitions().get(0);
        assertThat(replaced.queryString()).isEqualTo("fields @timestamp");
        assertThat(replaced.logGroupNames()).isEmpty();
        assertThat(logs.describeQueryDefinitions(b -> { }).queryDefinitions()).hasSize(2);
        assertThat(logs.deleteQueryDefinition(b -> b.queryDefinitionId(id)).success()).isTrue();
        assertThatThrownBy(() -> logs.deleteQueryDefinition(b -> b.queryDefinitionId(id)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(logs.describeQueryDefinitions(b -> { }).queryDefinitions()).extracting(QueryDefinition::name)
                .containsExactly("other");
    }
}
