package io.fmscope.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.LogStreamInfo;
import io.fmscope.storage.StorageException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Log group and stream create / find / list / delete. */
public abstract class CatalogContract extends StoreContract {

    @Test public void createdGroupIsFoundWithItsCreationTime() {
        store.groups().create("/app/a", T0 + 5);
        LogGroupInfo g = store.groups().find("/app/a").orElseThrow();
        assertThat(g.name()).isEqualTo("/app/a");
        assertThat(g.creationTime()).isEqualTo(T0 + 5);
        assertThat(g.retentionInDays()).isEmpty();
        assertThat(g.storedBytes()).isZero();
    }

    @Test public void duplicateGroupIsAlreadyExists() {
        store.groups().create("g", T0);
        assertThatThrownBy(() -> store.groups().create("g", T0)).isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).kind()).isEqualTo(StorageException.Kind.ALREADY_EXISTS);
    }

    @Test public void groupsAreListedByPrefixInAsciiOrder() {
        for (String n : List.of("b/x", "a/z", "a/B", "a/a", "c")) {
            store.groups().create(n, T0);
        }
        assertThat(store.groups().list("").stream().map(LogGroupInfo::name)).containsExactly(
                "a/B", "a/a", "a/z", "b/x", "c");
        assertThat(store.groups().list("a/").stream().map(LogGroupInfo::name)).containsExactly("a/B", "a/a", "a/z");
        assertThat(store.groups().list("zz")).isEmpty();
    }

    @Test public void deletingAGroupRemovesItsStreamsAndEvents() {
        createStream("g", "s");
        store.writer().append(List.of(event("g", "s", T0, "m")));
        store.groups().delete("g");
        assertThat(store.groups().find("g")).isEmpty();
        assertThat(store.streams().find("g", "s")).isEmpty();
        store.groups().create("g", T0);
        assertThat(store.streams().list("g")).isEmpty();
        assertThat(scanGroup("g")).isEmpty();
    }

    @Test public void missingGroupIsNotFound() {
        assertKind(() -> store.groups().delete("nope"), StorageException.Kind.NOT_FOUND);
        assertKind(() -> store.groups().setRetention("nope", OptionalInt.of(1)), StorageException.Kind.NOT_FOUND);
        assertKind(() -> store.streams().create("nope", "s", T0), StorageException.Kind.NOT_FOUND);
        assertKind(() -> store.streams().list("nope"), StorageException.Kind.NOT_FOUND);
    }

    @Test public void streamsAreCreatedListedAndDeleted() {
        store.groups().create("g", T0);
        store.streams().create("g", "s2", T0 + 2);
        store.streams().create("g", "s1", T0 + 1);
        assertKind(() -> store.streams().create("g", "s1", T0), StorageException.Kind.ALREADY_EXISTS);
        assertThat(store.streams().list("g").stream().map(LogStreamInfo::name)).containsExactly("s1", "s2");
        LogStreamInfo s1 = store.streams().find("g", "s1").orElseThrow();
        assertThat(s1.creationTime()).isEqualTo(T0 + 1);
        assertThat(s1.firstEventTime()).isEmpty();
        assertThat(s1.lastEventTime()).isEmpty();
        store.streams().delete("g", "s1");
        assertThat(store.streams().find("g", "s1")).isEmpty();
        assertKind(() -> store.streams().delete("g", "s1"), StorageException.Kind.NOT_FOUND);
    }

    @Test public void streamStatisticsFollowTheEvents() {
        createStream("g", "s");
        store.writer().append(List.of(event("g", "s", T0 + 10, "abc"), event("g", "s", T0 + 30, "é")));
        store.writer().append(List.of(event("g", "s", T0 + 20, "xy")));
        LogStreamInfo s = store.streams().find("g", "s").orElseThrow();
        assertThat(s.firstEventTime()).hasValue(T0 + 10);
        assertThat(s.lastEventTime()).hasValue(T0 + 30);
        assertThat(s.lastIngestionTime()).hasValue(T0 + 30);
        assertThat(s.storedBytes()).isEqualTo(3 + 2 + 2);
        assertThat(s.uploadSequenceToken()).isEqualTo(2);
        assertThat(store.groups().find("g").orElseThrow().storedBytes()).isEqualTo(7);
    }

    @Test public void deletingAStreamRemovesOnlyItsEvents() {
        createStream("g", "a");
        createStream("g", "b");
        store.writer().append(List.of(event("g", "a", T0, "in a"), event("g", "b", T0, "in b")));
        store.streams().delete("g", "a");
        assertThat(scanGroup("g")).extracting(e -> e.message()).containsExactly("in b");
        assertThat(store.groups().find("g").orElseThrow().storedBytes()).isEqualTo(4);
    }

    protected static void assertKind(Runnable call, StorageException.Kind kind) {
        assertThatThrownBy(call::run).isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).kind()).isEqualTo(kind);
    }
}
