@NullMarked
package com.credence.tagset.internal;

import org.jspecify.annotations.NullMarked;
