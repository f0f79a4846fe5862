package io.fmscope.storage;

/**
 * What a scan read, for a query's statistics.
 *
 * @param recordsScanned events in the scan's groups and time range
 * @param recordsMatched events that passed the pushed-down filters
 * @param bytesScanned   UTF-8 bytes of those scanned events' messages
 */
public record ScanStatistics(long recordsScanned, long recordsMatched, long bytesScanned) {
}
