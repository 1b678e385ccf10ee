@NullMarked
package com.credence.export.internal;

import org.jspecify.annotations.NullMarked;
