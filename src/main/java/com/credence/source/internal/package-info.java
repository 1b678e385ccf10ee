@NullMarked
package com.credence.source.internal;

import org.jspecify.annotations.NullMarked;
