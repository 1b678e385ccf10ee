@NullMarked
package com.credence.review;

import org.jspecify.annotations.NullMarked;
