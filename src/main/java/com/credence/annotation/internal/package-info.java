@NullMarked
package com.credence.annotation.internal;

import org.jspecify.annotations.NullMarked;
