package dev.cambrian.tck;

import dev.cambrian.api.EnergyModel;
import dev.cambrian.api.FabInvestmentModel;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.HardwareModel;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimelineModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend whose every call, and every call to the models it returns, runs on a TCK thread and must
 * return within a bound: a model that never returns fails its test instead of hanging the build. The
 * TCK's threads are not daemons, so a thread the backend starts from a call is not one either, and
 * {@link Conduct} sees it.
 */
final class BoundedCalls {
    static final String CHECK = "every call returns in time";
    /** The name of the TCK's own call threads, which the thread check leaves alone. */
    static final String THREAD_PREFIX = "cambrian-tck-call-";

    private static final List<Class<?>> MODELS = List.of(SpeedupModel.class, EnergyModel.class, HardwareModel.class,
            FabInvestmentModel.class, TimelineModel.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, THREAD_PREFIX + THREADS.incrementAndGet());
        t.setDaemon(false);
        return t;
    });

    private BoundedCalls() {
    }

    /** The backend with every call bounded by {@code bound}. */
    static HardwareBackend wrap(HardwareBackend backend, Duration bound) {
        return (HardwareBackend) proxy(HardwareBackend.class, backend, bound, "");
    }

    private static Object proxy(Class<?> type, Object target, Duration bound, String path) {
        return Proxy.newProxyInstance(BoundedCalls.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(target, args);
                    }
                    Object result = call(target, method, args, bound, path);
                    if (result != null && MODELS.contains(method.getReturnType())) {
                        return proxy(method.getReturnType(), result, bound, path + method.getName() + "().");
                    }
                    return result;
                });
    }

    private static Object call(Object target, Method method, Object[] args, Duration bound, String path) throws Throwable {
        Future<Object> running = POOL.submit(() -> {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception thrown) {
                    throw thrown; // the backend's own exception, as the test would have seen it
                }
                throw (Error) e.getCause();
            }
        });
        try {
            return running.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true); // interrupts it; a model that ignores interrupts keeps its thread, not the build
            throw new AssertionError("TCK check '" + CHECK + "': " + path + method.getName() + "(...) did not return within "
                    + bound.toMillis() + " ms; a model must return (or throw) however bad its input");
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }
}
