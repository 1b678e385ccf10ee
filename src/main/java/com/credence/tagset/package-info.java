@NullMarked
package com.credence.tagset;

import org.jspecify.annotations.NullMarked;
