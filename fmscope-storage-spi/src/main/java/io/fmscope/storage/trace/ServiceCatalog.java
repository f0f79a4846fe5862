package io.fmscope.storage.trace;

import java.util.List;
import java.util.Optional;

/** The services seen in stored spans (a span's non-empty {@code service}). */
public interface ServiceCatalog {

    /** Every service, sorted by name. */
    List<ServiceInfo> list();

    Optional<ServiceInfo> find(String name);
}
