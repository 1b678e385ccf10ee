@NullMarked
package com.credence.security.internal;

import org.jspecify.annotations.NullMarked;
