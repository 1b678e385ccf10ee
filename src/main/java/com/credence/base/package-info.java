@NullMarked
package com.credence.base;

import org.jspecify.annotations.NullMarked;
