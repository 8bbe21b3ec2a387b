package dev.cambrian.plugins.photonic;

import dev.cambrian.tck.PackagingContract;

class PhotonicPackagingIT extends PackagingContract {
}
