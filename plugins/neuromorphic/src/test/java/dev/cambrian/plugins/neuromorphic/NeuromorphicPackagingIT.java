package dev.cambrian.plugins.neuromorphic;

import dev.cambrian.tck.PackagingContract;

class NeuromorphicPackagingIT extends PackagingContract {
}
