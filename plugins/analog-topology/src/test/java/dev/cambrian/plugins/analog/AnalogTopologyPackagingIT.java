package dev.cambrian.plugins.analog;

import dev.cambrian.tck.PackagingContract;

class AnalogTopologyPackagingIT extends PackagingContract {
}
