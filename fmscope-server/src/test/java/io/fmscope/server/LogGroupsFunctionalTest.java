package io.fmscope.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** Log group operations through the AWS SDK for Java v2. */
class LogGroupsFunctionalTest {
    @TempDir Path dir;
    private ServerFixture f;

    @BeforeEach void start() {
        f = new ServerFixture(dir, ServerFixture.NO_QUERIES, Clock.systemUTC());
    }

    @AfterEach void stop() {
        f.close();
    }

    @Test void createDescribeDelete() {
        f.logs.createLogGroup(b -> b.logGroupName("/manga/assist"));
        LogGroup g = f.logs.describeLogGroups(b -> b.logGroupNamePrefix("/manga")).logGroups().get(0);
        assertThat(g.logGroupName()).isEqualTo("/manga/assist");
        assertThat(g.creationTime()).isPositive();
        assertThat(g.arn()).isEqualTo("arn:aws:logs:us-east-1:000000000000:log-group:/manga/assist:*");
        assertThat(g.logGroupArn()).isEqualTo("arn:aws:logs:us-east-1:000000000000:log-group:/manga/assist");
        assertThat(g.retentionInDays()).isNull();
        f.logs.deleteLogGroup(b -> b.logGroupName("/manga/assist"));
        assertThat(f.logs.describeLogGroups().logGroups()).isEmpty();
    }

    @Test void duplicateAndMissingGroupsGetTheRealExceptions() {
        f.logs.createLogGroup(b -> b.logGroupName("g"));
        assertThatThrownBy(() -> f.logs.createLogGroup(b -> b.logGroupName("g")))
                .isInstanceOf(ResourceAlreadyExistsException.class)
                .hasMessageContaining("The specified log group already exists");
        assertThatThrownBy(() -> f.logs.deleteLogGroup(b -> b.logGroupName("nope")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("The specified log group does not exist.");
        assertThatThrownBy(() -> f.logs.putRetentionPolicy(b -> b.logGroupName("nope").retentionInDays(7)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test void invalidNamesAreInvalidParameter() {
        for (String bad : List.of("has space", "", "a:b", "x".repeat(513), "aws/reserved")) {
            assertThatThrownBy(() -> f.logs.createLogGroup(b -> b.logGroupName(bad)))
                    .as(bad).isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test void describeSortsByNameAndPages() {
        List<String> names = List.of("b", "a/2", "a/1", "c", "a/3", "A");
        names.forEach(n -> f.logs.createLogGroup(b -> b.logGroupName(n)));
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            DescribeLogGroupsResponse r = f.logs.describeLogGroups(b -> b.limit(4).nextToken(t));
            r.logGroups().forEach(g -> seen.add(g.logGroupName()));
            token = r.nextToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly("A", "a/1", "a/2", "a/3", "b", "c");
        assertThat(f.logs.describeLogGroups(b -> b.logGroupNamePrefix("a/")).logGroups())
                .extracting(LogGroup::logGroupName).containsExactly("a/1", "a/2", "a/3");
        assertThat(f.logs.describeLogGroups(b -> b.logGroupNamePattern("/2")).logGroups())
                .extracting(LogGroup::logGroupName).containsExactly("a/2");
        assertThatThrownBy(() -> f.logs.describeLogGroups(b -> b.limit(51))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> f.logs.describeLogGroups(b -> b.logGroupNamePrefix("a").logGroupNamePattern("a")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test void retentionPolicyIsSetShownAndRemoved() {
        f.logs.createLogGroup(b -> b.logGroupName("g"));
        f.logs.putRetentionPolicy(b -> b.logGroupName("g").retentionInDays(30));
        assertThat(f.logs.describeLogGroups().logGroups().get(0).retentionInDays()).isEqualTo(30);
        assertThatThrownBy(() -> f.logs.putRetentionPolicy(b -> b.logGroupName("g").retentionInDays(2)))
                .isInstanceOf(InvalidParameterException.class);
        f.logs.deleteRetentionPolicy(b -> b.logGroupName("g"));
        assertThat(f.logs.describeLogGroups().logGroups().get(0).retentionInDays()).isNull();
    }
}
