@NullMarked
package com.credence.security.ui;

import org.jspecify.annotations.NullMarked;
