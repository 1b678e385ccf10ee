@NullMarked
package com.credence.suggestion.internal;

import org.jspecify.annotations.NullMarked;
