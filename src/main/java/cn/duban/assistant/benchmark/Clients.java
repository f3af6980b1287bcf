package cn.duban.assistant.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code concurrency} client threads, each with its own keep-alive connection, doing the same work. */
final class Clients {

    /** What one client thread does with its connection. */
    interface Work {
        void run(HttpConnection connection) throws IOException;
    }

    private final ExecutorService pool;
    private final List<Future<?>> workers = new ArrayList<>();

    Clients(int port, int concurrency, Work work) {
        pool = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                HttpConnection connection = new HttpConnection(port);
                try {
                    work.run(connection);
                } finally {
                    connection.close();
                }
                return null;
            }));
        }
    }

    /** Waits for every client thread; the first failure is thrown. */
    void join() throws Exception {
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
