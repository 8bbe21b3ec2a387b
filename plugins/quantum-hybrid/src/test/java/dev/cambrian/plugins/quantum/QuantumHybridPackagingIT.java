package dev.cambrian.plugins.quantum;

import dev.cambrian.tck.PackagingContract;

class QuantumHybridPackagingIT extends PackagingContract {
}
