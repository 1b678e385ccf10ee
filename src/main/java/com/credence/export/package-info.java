@NullMarked
package com.credence.export;

import org.jspecify.annotations.NullMarked;
