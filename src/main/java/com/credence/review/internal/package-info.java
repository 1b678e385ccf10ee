@NullMarked
package com.credence.review.internal;

import org.jspecify.annotations.NullMarked;
