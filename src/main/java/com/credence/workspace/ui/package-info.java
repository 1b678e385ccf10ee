@NullMarked
package com.credence.workspace.ui;

import org.jspecify.annotations.NullMarked;
