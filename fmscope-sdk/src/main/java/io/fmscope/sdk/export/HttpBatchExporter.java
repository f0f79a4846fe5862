package io.fmscope.sdk.export;

import io.fmscope.model.fmcall.FmLogRecord;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Ships log lines to an HTTP endpoint in the background: a bounded queue (full means the line is
 * dropped and counted, never that the caller waits), one worker thread that cuts batches by count,
 * size and age, and POSTs each as {@code application/x-ndjson} through {@link BatchSender} with
 * retries. {@link #flush} and {@link #close} drain what was accepted before them.
 */
public final class HttpBatchExporter implements LogSink {
  private final HttpExporterConfig config;
  private final HttpClient client;
  private final boolean ownsClient;
  private final BatchSender sender;
  private final Thread worker;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final Condition progress = lock.newCondition();
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  private long queuedChars;
  private long oldestNanos;
  private long accepted;
  private long dropped;
  private long completed;
  private long sent;
  private long failed;
  private long batchesSent;
  private long batchesFailed;
  private long flushTarget;
  private boolean closing;
  private boolean abandoned;

  private HttpBatchExporter(HttpExporterConfig config) {
    this.config = config;
    this.ownsClient = config.httpClient() == null;
    this.client = ownsClient
        ? HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build()
        : config.httpClient();
    this.sender = new BatchSender(config, client);
    this.worker = Thread.ofPlatform().daemon().name("fmscope-http-exporter").unstarted(this::run);
  }

  /** Creates and starts an exporter. */
  public static HttpBatchExporter start(HttpExporterConfig config) {
    HttpBatchExporter e = new HttpBatchExporter(config);
    e.worker.start();
    return e;
  }

  @Override
  public void emit(FmLogRecord record, String jsonLine) {
    offer(jsonLine);
  }

  /** Queues one line; false (and counted as dropped) when the queue is full or closed. */
  public boolean offer(String jsonLine) {
    lock.lock();
    try {
      if (closing || queue.size() >= config.maxQueueSize()) {
        dropped++;
        return false;
      }
      boolean first = queue.isEmpty();
      if (first) {
        oldestNanos = System.nanoTime();
      }
      queue.addLast(jsonLine);
      queuedChars += jsonLine.length() + 1;
      accepted++;
      // the first line wakes a worker idle on an empty queue, so it starts the batch delay's clock
      if (first || queue.size() >= config.maxBatchSize() || queuedChars >= config.maxBatchChars()) {
        work.signal();
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** A snapshot of the counters. */
  public ExporterStats stats() {
    lock.lock();
    try {
      return new ExporterStats(accepted, dropped, sent, failed, batchesSent, batchesFailed,
          sender.retries(), queue.size());
    } finally {
      lock.unlock();
    }
  }

  /** Sends everything accepted so far now; true when it was all sent or given up on in time. */
  @Override
  public boolean flush(Duration timeout) {
    lock.lock();
    try {
      long target = accepted;
      flushTarget = Math.max(flushTarget, target);
      work.signal();
      long nanos = timeout.toNanos();
      while (completed < target) {
        if (nanos <= 0) {
          return false;
        }
        nanos = progress.awaitNanos(nanos);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  /** Closes with a ten-second drain. */
  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }

  /**
   * Stops accepting lines, sends what is queued, and stops the worker; lines still unsent after
   * {@code timeout} are counted as failed. Idempotent.
   */
  public void close(Duration timeout) {
    lock.lock();
    try {
      closing = true;
      work.signal();
    } finally {
      lock.unlock();
    }
    flush(timeout);
    worker.interrupt(); // ends a retry wait or a request still running after the drain timeout
    try {
      worker.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.lock();
    try {
      if (abandoned) {
        return;
      }
      abandoned = true;
      long left = accepted - completed;
      failed += left;
      completed += left;
      queue.clear();
      progress.signalAll();
    } finally {
      lock.unlock();
    }
    if (ownsClient) {
      client.shutdownNow();
    }
  }

  private void run() {
    try {
      while (true) {
        List<String> batch = nextBatch();
        if (batch == null) {
          return;
        }
        boolean ok = sender.send(batch);
        finish(batch.size(), ok);
      }
    } catch (InterruptedException e) {
      // close() timed out: the remaining lines are counted as failed there
    }
  }

  /** Waits until a batch is due; null when closing and nothing is left. */
  private List<String> nextBatch() throws InterruptedException {
    lock.lock();
    try {
      long delay = config.maxBatchDelay().toNanos();
      while (true) {
        if (queue.isEmpty()) {
          if (closing) {
            return null;
          }
          work.await();
          continue;
        }
        long age = System.nanoTime() - oldestNanos;
        boolean full = queue.size() >= config.maxBatchSize()
            || queuedChars >= config.maxBatchChars();
        if (full || closing || flushTarget > completed || age >= delay) {
          return take();
        }
        work.awaitNanos(delay - age);
      }
    } finally {
      lock.unlock();
    }
  }

  private List<String> take() {
    List<String> batch = new ArrayList<>(Math.min(queue.size(), config.maxBatchSize()));
    long chars = 0;
    while (!queue.isEmpty() && batch.size() < config.maxBatchSize()) {
      int size = queue.peekFirst().length() + 1;
      if (!batch.isEmpty() && chars + size > config.maxBatchChars()) {
        break;
      }
      batch.add(queue.pollFirst());
      chars += size;
    }
    queuedChars -= chars;
    if (!queue.isEmpty()) {
      oldestNanos = System.nanoTime(); // the rest waits at most one more delay
    }
    return batch;
  }

  private void finish(int n, boolean ok) {
    lock.lock();
    try {
      if (abandoned) {
        return; // close() already counted this batch as failed
      }
      completed += n;
      if (ok) {
        sent += n;
        batchesSent++;
      } else {
        failed += n;
        batchesFailed++;
      }
      progress.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
