@NullMarked
package com.credence.workspace;

import org.jspecify.annotations.NullMarked;
