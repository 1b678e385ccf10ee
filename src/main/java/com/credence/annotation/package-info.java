@NullMarked
package com.credence.annotation;

import org.jspecify.annotations.NullMarked;
