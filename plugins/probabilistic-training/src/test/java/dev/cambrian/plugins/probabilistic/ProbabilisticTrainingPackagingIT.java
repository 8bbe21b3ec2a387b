package dev.cambrian.plugins.probabilistic;

import dev.cambrian.tck.PackagingContract;

class ProbabilisticTrainingPackagingIT extends PackagingContract {
}
