// The story page needs the map and the scrollytelling element; the other pages load the map alone.
import '../src/main';
import '../src/components/relations-story';
