@NullMarked
package com.credence;

import org.jspecify.annotations.NullMarked;
