package dev.cambrian.host;

/** How full the heap is: the JVM's, or a stand-in for tests. */
interface Heap {
    Heap JVM = new Heap() {
        @Override
        public double fullness() {
            Runtime r = Runtime.getRuntime();
            return (double) (r.totalMemory() - r.freeMemory()) / r.maxMemory();
        }

        @Override
        public long maxMegabytes() {
            return Runtime.getRuntime().maxMemory() >> 20;
        }
    };

    /** Used over the most the heap may grow to, 0 to 1. */
    double fullness();

    long maxMegabytes();
}
