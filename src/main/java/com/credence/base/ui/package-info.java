@NullMarked
package com.credence.base.ui;

import org.jspecify.annotations.NullMarked;
