@NullMarked
package com.credence.export.ui;

import org.jspecify.annotations.NullMarked;
