package be.koers.bench.memory;

import be.koers.testing.ApiClient;
import be.koers.testing.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches each service's memory for the whole run: the heap in use, from the service's own Micrometer gauge
 * {@code jvm.memory.used} (area heap), sampled twice a second, and at the end the peak resident set the kernel
 * recorded ({@code VmHWM}) and the live data left after the last major collection ({@code jvm.gc.live.data.size}).
 */
public final class MemorySampler implements AutoCloseable {

    private final List<ServiceProcess> services;
    private final Map<String, ApiClient> actuators = new LinkedHashMap<>();
    private final Map<String, Double> peakHeap = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-memory");
        thread.setDaemon(true);
        return thread;
    });

    public MemorySampler(List<ServiceProcess> services) {
        this.services = services;
        services.forEach(service -> actuators.put(service.name(), ApiClient.anonymous(service.managementUrl())));
        timer.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        actuators.forEach((name, actuator) -> {
            try {
                double used = gauge(actuator, "jvm.memory.used?tag=area:heap");
                peakHeap.merge(name, used, Math::max);
            } catch (RuntimeException unreachable) {
                // a busy service may miss a sample; the next one counts
            }
        });
    }

    /** Per service, in megabytes. */
    public List<ServiceMemory> peaks() {
        sample();
        return services.stream().map(service -> new ServiceMemory(service.name(),
                megabytes(peakHeap.getOrDefault(service.name(), 0.0)),
                megabytes(gauge(actuators.get(service.name()), "jvm.gc.live.data.size")),
                megabytes(gauge(actuators.get(service.name()), "jvm.memory.max?tag=area:heap")),
                peakResidentMegabytes(service.pid()))).toList();
    }

    private static double gauge(ApiClient actuator, String metric) {
        ApiClient.Response response = actuator.get("/actuator/metrics/" + metric);
        if (response.status() != 200) {
            throw new IllegalStateException("/actuator/metrics/" + metric + " answered " + response);
        }
        return response.json().path("measurements").path(0).path("value").asDouble();
    }

    private static double peakResidentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            throw new IllegalStateException("No VmHWM for process " + pid);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the memory of process " + pid, e);
        }
    }

    private static double megabytes(double bytes) {
        return bytes / (1024 * 1024);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    public record ServiceMemory(String service, double peakHeapMb, double liveDataMb, double maxHeapMb, double peakRssMb) {
    }
}
