@NullMarked
package com.credence.annotation.ui;

import org.jspecify.annotations.NullMarked;
