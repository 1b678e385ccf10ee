@NullMarked
package com.credence.security;

import org.jspecify.annotations.NullMarked;
