@NullMarked
package com.credence.source.ui;

import org.jspecify.annotations.NullMarked;
