@NullMarked
package com.credence.api;

import org.jspecify.annotations.NullMarked;
