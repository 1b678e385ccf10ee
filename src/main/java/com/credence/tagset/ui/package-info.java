@NullMarked
package com.credence.tagset.ui;

import org.jspecify.annotations.NullMarked;
